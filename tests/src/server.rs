//! Running the double on a loopback port.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::api::app;
use crate::state::GrafanaDouble;

/// A running double. Dropping it asks the server to shut down gracefully;
/// [`GrafanaServer::stop`] also waits for that.
#[derive(Debug)]
pub struct GrafanaServer {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<io::Result<()>>>,
}

impl GrafanaServer {
    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop accepting connections, finish in-flight requests (at most 5 s,
    /// then abort), and return. Afterwards connections are refused, which is
    /// how a test models "Grafana is down"; [`spawn_grafana_at`] brings it
    /// back on the same address.
    pub async fn stop(mut self) -> io::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let Some(mut task) = self.task.take() else {
            return Ok(());
        };
        match tokio::time::timeout(Duration::from_secs(5), &mut task).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) => Err(io::Error::other(join)),
            Err(_) => {
                task.abort();
                Ok(())
            }
        }
    }
}

impl Drop for GrafanaServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Run the double on `127.0.0.1:0` in a tokio task.
pub async fn spawn_grafana(double: GrafanaDouble) -> io::Result<(SocketAddr, GrafanaServer)> {
    let server = spawn_grafana_at(double, SocketAddr::from(([127, 0, 0, 1], 0))).await?;
    Ok((server.addr(), server))
}

/// Run the double on a given address (e.g. to restart it where it was).
pub async fn spawn_grafana_at(
    double: GrafanaDouble,
    addr: SocketAddr,
) -> io::Result<GrafanaServer> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = oneshot::channel::<()>();
    let service = app(double).into_make_service_with_connect_info::<SocketAddr>();
    let task = tokio::spawn(async move {
        axum::serve(listener, service)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await
    });
    Ok(GrafanaServer {
        addr,
        shutdown: Some(tx),
        task: Some(task),
    })
}

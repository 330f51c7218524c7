//! Glue for the commands that live in their own crates and need an async
//! runtime: `serve` (panelcrypt-keyservice), `publish` and `doctor`
//! (panelcrypt-publish). Each parses nothing itself and only maps results
//! to exit codes.

use crate::error::{CliError, EXIT_OK, EXIT_PARTIAL, Result};

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(format!("cannot start the async runtime: {e}")))
}

/// `panelcrypt serve`: the key service.
pub fn serve(args: panelcrypt_keyservice::ServeArgs) -> Result<u8> {
    runtime()?
        .block_on(panelcrypt_keyservice::run(args))
        .map_err(|e| CliError::new(format!("{e:#}")))?;
    Ok(EXIT_OK)
}

/// `panelcrypt publish`: upload a bundle, objects first and header last.
pub fn publish(args: panelcrypt_publish::PublishArgs) -> Result<u8> {
    runtime()?
        .block_on(panelcrypt_publish::publish_cmd(args))
        .map_err(|e| CliError::new(e.to_string()))?;
    Ok(EXIT_OK)
}

/// `panelcrypt doctor`: check a bundle host and the key endpoint as the browser will.
pub fn doctor(args: panelcrypt_publish::DoctorArgs) -> Result<u8> {
    match runtime()?.block_on(panelcrypt_publish::doctor_cmd(args)) {
        Ok(_) => Ok(EXIT_OK),
        // The report, with a fix for each failed check, is already printed.
        Err(panelcrypt_publish::Error::ChecksFailed { .. }) => Ok(EXIT_PARTIAL),
        Err(e) => Err(CliError::new(e.to_string())),
    }
}

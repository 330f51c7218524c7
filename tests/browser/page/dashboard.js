// A Grafana dashboard page double: renders each panel the way the real
// panel plugin does, from a spec written by the test harness.
//
// * text:          content already had variables substituted and (when
//                  sanitizing is on) went through @grafana/data's
//                  textUtil.sanitizeTextPanelContent in Node; inserted with
//                  Range.createContextualFragment, so scripts run.
// * businesstext:  variables substituted, DOMPurify on the content, then the
//                  after-render code as new Function('context', code) with
//                  context.element (marcusolsson-dynamictext-panel).
// * htmlgraphics:  HTML in an open shadow root, onRender(htmlNode, ...) with
//                  htmlNode = the shadow root (gapit-htmlgraphics-panel).
(function () {
  'use strict';

  // Grafana's TemplateSrv variable syntax ($x, [[x]], ${x...}). The double
  // treats every variable as defined, so any such text in panel code breaks.
  const VARIABLE = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.([^:^}]+))?(?::([^}]+))?\}/g;
  function replaceVariables(s) {
    return String(s).replace(VARIABLE, 'VARIABLE_VALUE');
  }

  const panels = [];

  function renderPanel(entry) {
    const p = entry.spec;
    const content = entry.content;
    if (p.type === 'text') {
      content.textContent = '';
      const range = document.createRange();
      range.selectNodeContents(content);
      content.appendChild(range.createContextualFragment(p.content));
    } else if (p.type === 'businesstext') {
      content.innerHTML = window.DOMPurify.sanitize(replaceVariables(p.content));
      const context = {
        element: content,
        data: { series: [] },
        grafana: {
          replaceVariables: replaceVariables,
          refresh: () => renderPanel(entry),
          theme: { isDark: true },
        },
      };
      try {
        // eslint-disable-next-line no-new-func
        new Function('context', replaceVariables(p.afterRender))(context);
      } catch (e) {
        content.appendChild(document.createTextNode('After render error: ' + e));
      }
    } else if (p.type === 'htmlgraphics') {
      if (!entry.shadow) {
        entry.shadow = content.attachShadow({ mode: 'open' });
        entry.shadow.innerHTML = (p.css ? '<style>' + p.css + '</style>' : '') + p.html;
      }
      try {
        // eslint-disable-next-line no-new-func
        new Function('htmlNode', 'data', 'options', 'theme', 'codeData', p.onRender)(
          entry.shadow,
          { series: [] },
          {},
          { isDark: true },
          {},
        );
      } catch (e) {
        entry.shadow.appendChild(document.createTextNode('onRender error: ' + e));
      }
    }
  }

  async function main() {
    const params = new URLSearchParams(window.location.search);
    const name = params.get('spec') || 'main';
    const spec = await (await fetch('specs/' + name + '.json', { cache: 'no-store' })).json();
    document.getElementById('title').textContent = spec.title || name;
    const grid = document.getElementById('grid');
    for (const p of spec.panels) {
      const box = document.createElement('section');
      box.className = 'panel';
      box.style.width = (p.width || 420) + 'px';
      if (p.height) box.style.height = p.height + 'px';
      box.setAttribute('data-panel', p.id);
      const title = document.createElement('div');
      title.className = 'panel-title';
      title.textContent = p.title || p.id;
      const kind = document.createElement('span');
      kind.className = 'panel-type';
      kind.textContent = p.typeLabel || p.type;
      title.appendChild(kind);
      const content = document.createElement('div');
      content.className = 'panel-content';
      box.appendChild(title);
      box.appendChild(content);
      grid.appendChild(box);
      const entry = { spec: p, content: content, shadow: null };
      panels.push(entry);
      renderPanel(entry);
    }
    window.__dashboardReady = true;
  }

  // Test hooks: re-run a panel's render (a refresh / content change).
  window.__rerenderPanel = (id) => {
    const e = panels.find((x) => x.spec.id === id);
    if (e) renderPanel(e);
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
  else main();
})();

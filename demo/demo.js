// Demo pages: defines the elements (from the sources), configures where content comes from, and
// wires the language switcher. `?source=bundled` shows the zero-configuration bundled default.
import '../components/index.ts'
import {demoConfig} from './demo-config.js'

const params = new URLSearchParams(window.location.search)
const status = document.querySelector('[data-demo-source]')

if (params.get('source') === 'bundled') {
  if (status) status.textContent = 'det inbyggda standardinnehållet (ingen konfiguration)'
} else {
  const config = document.createElement('ijh-config')
  config.setAttribute('project-id', demoConfig.projectId)
  config.setAttribute('dataset', demoConfig.dataset)
  if (demoConfig.apiVersion) config.setAttribute('api-version', demoConfig.apiVersion)
  if (demoConfig.apiHost) {
    config.setAttribute(
      'api-host',
      demoConfig.apiHost === 'same-origin' ? window.location.origin : demoConfig.apiHost,
    )
  }
  document.body.append(config)
  if (status) status.textContent = demoConfig.label
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.setAttribute('aria-pressed', String(document.documentElement.lang === button.dataset.lang))
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button))
    }
  })
}

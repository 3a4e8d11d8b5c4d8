import type {Meta, StoryObj} from '@storybook/web-components-vite'
import {html} from 'lit'
import {ifDefined} from 'lit/directives/if-defined.js'
import '../components/config/config'
import '../components/focus-area-card/focus-area-card'
import {OWN_SOURCE, ownDocsFrame} from './support/docs-frame'
import {settled} from './support/settle'

/** `<ijh-config>`'s attributes, as the story's args (named as in HTML). */
interface ConfigArgs {
  'project-id'?: string
  dataset?: string
  'api-version'?: string
  'api-host'?: string
}

/** Properties the attributes already cover. */
const NO_CONTROL = ['projectId', 'sanityDataset', 'apiVersion', 'apiHost']

/**
 * Configures every `ijh-` element on the page to read from a Sanity project (id, dataset, API
 * version and host). It shows nothing of its own: each story shows it with a focus-area card,
 * which reads from the project it names. Storybook is offline, so no story reaches a real project.
 */
const meta: Meta<ConfigArgs> = {
  title: 'Elements/Config',
  component: 'ijh-config',
  // The elements read the page's <ijh-config>, not a source the story's frame provides; the Data
  // toolbar has nothing to change.
  globals: OWN_SOURCE,
  parameters: {pageSource: true},
  argTypes: {
    'project-id': {control: {type: 'text'}},
    dataset: {control: {type: 'text'}},
    'api-version': {control: {type: 'text'}},
    'api-host': {control: {type: 'text'}},
    ...Object.fromEntries(NO_CONTROL.map((name) => [name, {control: false}])),
  },
  render: (args) =>
    html`<ijh-config
        project-id=${ifDefined(args['project-id'])}
        dataset=${ifDefined(args.dataset)}
        api-version=${ifDefined(args['api-version'])}
        api-host=${ifDefined(args['api-host'])}
      ></ijh-config>
      <ijh-focus-area-card
        focus-area="kunskap-och-kompetens"
        variant="compact"
      ></ijh-focus-area-card>`,
  play: async ({canvasElement}) => {
    await settled(canvasElement)
  },
}

export default meta

type Story = StoryObj<ConfigArgs>

/** Settings left blank, as a CMS template's empty fields give them: the bundled content shows. */
export const BlankSettings: Story = {
  name: 'Blank settings: the bundled content',
  args: {'project-id': '', dataset: ''},
  // Each story in a frame of its own on the Docs page, where the page's last <ijh-config> would
  // configure every story's card. Per story: Storybook's component description, added to the
  // meta's docs parameters, would replace this there.
  parameters: ownDocsFrame('30rem'),
}

/**
 * The documentation's example project id, pasted as it is: the elements say which setting to
 * change, with no retry button (a retry cannot mend it).
 */
export const ExampleProjectId: Story = {
  name: 'The documentation’s example project id',
  args: {'project-id': 'abc123xy', dataset: 'production'},
  parameters: ownDocsFrame('30rem'),
}

/**
 * A misspelt attribute name (`projekt-id`): `<ijh-config>` shows nothing of its own, and names it
 * in the console only, with the attribute it reads. The page shows the bundled content, not the
 * project's: the card here shows what a reader would see.
 */
export const MisspeltAttribute: Story = {
  name: 'Misspelt attribute name: the bundled content',
  parameters: {...ownDocsFrame('30rem'), controls: {disable: true}},
  render: () =>
    html`<ijh-config projekt-id="abc123xy" dataset="production"></ijh-config>
      <ijh-focus-area-card
        focus-area="kunskap-och-kompetens"
        variant="compact"
      ></ijh-focus-area-card>`,
}

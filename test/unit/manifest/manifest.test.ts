import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  COMMANDS,
  METRIC_SELECTED_CONTEXT,
  METRICS_VIEW_ID,
  VIEW_CONTAINER_ID,
  WALKTHROUGH_ID,
  WELCOME_VIEW_ID,
} from '../../../src/commandIds';

// The extension modules import 'vscode'; the settings keys are read from the source text so
// this test runs on plain Node.
const ROOT = path.join(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const configSource = fs.readFileSync(path.join(ROOT, 'src/settings/keys.ts'), 'utf8');

describe('package.json agrees with the code', () => {
  it('declares exactly the commands of the COMMANDS map', () => {
    const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, Object.values(COMMANDS).sort());
  });

  it('puts every command in the Marketing Metrics category', () => {
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    assert.equal(nls['command.category'], 'Marketing Metrics');
    for (const command of manifest.contributes.commands)
      assert.equal(command.category, '%command.category%', command.command);
  });

  it('hides context-only and API commands from the palette', () => {
    const hidden = manifest.contributes.menus.commandPalette
      .filter((m: { when: string }) => m.when === 'false')
      .map((m: { command: string }) => m.command)
      .sort();
    assert.deepEqual(hidden, [COMMANDS.compute, COMMANDS.copyFormula, COMMANDS.showDefinition, COMMANDS.solve].sort());
  });

  it('declares exactly the settings that config.ts reads', () => {
    const match = /SETTING_KEYS = \[([^\]]*)\]/.exec(configSource);
    assert.ok(match);
    const read = [...match[1]!.matchAll(/'([^']+)'/g)].map((m) => `marketingMetrics.${m[1]}`).sort();
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), read);
    for (const [key, setting] of Object.entries<{
      default?: unknown;
      markdownDescription?: string;
      description?: string;
    }>(manifest.contributes.configuration.properties)) {
      assert.ok('default' in setting, `${key} has a default`);
      assert.ok((setting.markdownDescription ?? setting.description ?? '').length > 20, `${key} has a description`);
    }
  });

  it('activates once the window has started, not per language: the hover follows the setting, vsce adds no language tags', () => {
    // onLanguage events would have to list the hover.languages default, miss every language a
    // user adds to the setting, and each becomes a marketplace tag (11 of them, over the limit
    // of 10). Activation is cheap: it registers commands and providers, and loads the features
    // only when one is used (see the build tests).
    assert.deepEqual(manifest.activationEvents, ['onStartupFinished', 'onWebviewPanel:marketingMetrics.calculator']);
  });

  it('contributes the view container and view with the ids the code uses', () => {
    assert.equal(manifest.contributes.viewsContainers.activitybar[0].id, VIEW_CONTAINER_ID);
    assert.equal(manifest.contributes.views[VIEW_CONTAINER_ID][0].id, METRICS_VIEW_ID);
    const welcome = manifest.contributes.views[VIEW_CONTAINER_ID][1];
    assert.equal(welcome.id, WELCOME_VIEW_ID);
    assert.equal(welcome.when, `!${METRIC_SELECTED_CONTEXT}`);
    assert.ok(manifest.contributes.viewsWelcome.some((w: { view: string }) => w.view === WELCOME_VIEW_ID));
  });

  it('runs where the workspace is, and says where each setting may be set', () => {
    // DuckDB reads files by their path on the machine that has them (a remote's, in SSH or a
    // container); VS Code for the Web runs the browser entry in its worker.
    assert.deepEqual(manifest.extensionKind, ['workspace']);
    for (const [key, setting] of Object.entries<{ scope?: string }>(manifest.contributes.configuration.properties))
      assert.ok(
        ['window', 'resource', 'machine-overridable'].includes(setting.scope ?? ''),
        `${key}: ${setting.scope}`,
      );
    // Read per file (a folder's exports have their own columns and engine).
    assert.equal(manifest.contributes.configuration.properties['marketingMetrics.columnMappings'].scope, 'resource');
    assert.equal(manifest.contributes.configuration.properties['marketingMetrics.sqlDialect'].scope, 'resource');
  });

  it('has a walkthrough whose every step runs one of its commands, with an image and its text alternative', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(`${manifest.publisher}.${manifest.name}#${walkthrough.id}`, WALKTHROUGH_ID);
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const text = (value: string) => nls[value.replace(/^%|%$/g, '')] ?? value;
    assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 6);
    const known = new Set<string>([...Object.values(COMMANDS), 'workbench.view.extension.marketingMetrics']);
    for (const step of walkthrough.steps) {
      const links = [...text(step.description).matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!);
      assert.equal(links.length, 1, `${step.id}: one button`);
      assert.ok(known.has(links[0]!), `${step.id}: ${links[0]}`);
      // One image per theme kind, taken by the UI tests (npm run screenshots).
      const images = step.media.image as Record<'light' | 'dark' | 'hc' | 'hcLight', string>;
      assert.deepEqual(Object.keys(images).sort(), ['dark', 'hc', 'hcLight', 'light']);
      for (const image of Object.values(images)) assert.ok(fs.existsSync(path.join(ROOT, image)), image);
      assert.ok(text(step.media.altText).length > 20, `${step.id}: alt text`);
      assert.ok(step.completionEvents.length > 0, `${step.id}: completion events`);
    }
  });

  it('meets the marketplace rules: engine, types, keywords, icon, capabilities, browser entry', () => {
    assert.equal(manifest.engines.vscode, '^1.99.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '~1.99.0');
    // vsce adds `keybindings` and `__web_extension`: the marketplace takes at most 10 tags.
    assert.ok(manifest.keywords.length <= 8);
    assert.ok(manifest.categories.includes('Notebooks'));
    assert.ok(fs.existsSync(path.join(ROOT, manifest.icon)) && manifest.icon.endsWith('.png'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.exports['./core'], './dist/core.js');
  });
});

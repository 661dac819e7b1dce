import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, METRICS_VIEW_ID, VIEW_CONTAINER_ID } from '../../../src/commandIds';

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
    for (const command of manifest.contributes.commands)
      assert.equal(command.category, 'Marketing Metrics', command.command);
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

  it('uses the hover languages as activation events, and nothing broader', () => {
    const languages: string[] =
      manifest.contributes.configuration.properties['marketingMetrics.hover.languages'].default;
    const events: string[] = manifest.activationEvents;
    assert.deepEqual(
      events
        .filter((e) => e.startsWith('onLanguage:'))
        .map((e) => e.slice('onLanguage:'.length))
        .sort(),
      [...languages].sort(),
    );
    assert.ok(events.includes('onNotebook:jupyter-notebook'));
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
  });

  it('contributes the view container and view with the ids the code uses', () => {
    assert.equal(manifest.contributes.viewsContainers.activitybar[0].id, VIEW_CONTAINER_ID);
    assert.equal(manifest.contributes.views[VIEW_CONTAINER_ID][0].id, METRICS_VIEW_ID);
  });

  it('meets the marketplace rules: engine, types, keywords, icon, capabilities, browser entry', () => {
    assert.equal(manifest.engines.vscode, '^1.99.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '~1.99.0');
    assert.ok(manifest.keywords.length <= 8);
    assert.ok(fs.existsSync(path.join(ROOT, manifest.icon)) && manifest.icon.endsWith('.png'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.exports['./core'], './dist/core.js');
  });
});

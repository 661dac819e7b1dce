// `vsce package` on the manifest, the README, the CHANGELOG, the translations and the media as
// they are (the bundles stand in as empty files, so no build runs): vsce's own checks pass
// (README images, repository, icon, engine), and the package's extension.vsixmanifest says what
// the marketplace will read — at most 10 tags, the categories, the README and CHANGELOG as its
// Details and Changelog pages, the German manifest text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { createVSIX } from '@vscode/vsce';

const ROOT = path.join(__dirname, '../../..');
const SHIPPED = [
  'package.json',
  'package.nls.json',
  'package.nls.de.json',
  '.vscodeignore',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];
const BUNDLES = ['dist/extension.js', 'dist/features.js', 'dist/core.js', 'dist/web/extension.js'];

describe('the .vsix as vsce packages it', function () {
  this.timeout(60_000);
  let dir: string;
  let entries: Record<string, Uint8Array>;
  let vsixManifest: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-vsix-'));
    for (const file of SHIPPED) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    fs.cpSync(path.join(ROOT, 'media'), path.join(dir, 'media'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'l10n'), path.join(dir, 'l10n'), { recursive: true });
    for (const file of BUNDLES) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), '');
    }
    // The copy has no build to run before packaging.
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    delete manifest.scripts['vscode:prepublish'];
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const packagePath = path.join(dir, 'out.vsix');
    await createVSIX({ cwd: dir, packagePath, dependencies: false });
    entries = unzipSync(fs.readFileSync(packagePath));
    vsixManifest = strFromU8(entries['extension.vsixmanifest']!);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has at most 10 tags, the Notebooks category, and runs in the web too', () => {
    const tags = /<Tags>([^<]*)<\/Tags>/.exec(vsixManifest)![1]!.split(',');
    assert.ok(tags.length <= 10, `${tags.length} tags: ${tags.join(', ')}`);
    assert.ok(tags.includes('__web_extension'), tags.join(', '));
    const categories = /<Categories>([^<]*)<\/Categories>/.exec(vsixManifest)![1]!.split(',');
    assert.ok(categories.includes('Notebooks'), categories.join(', '));
    assert.match(vsixManifest, /Id="Microsoft.VisualStudio.Code.ExtensionKind" Value="workspace,web"/);
  });

  it('shows the README and the CHANGELOG, with the images the README names inside the package', () => {
    assert.match(vsixManifest, /Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension\/readme.md"/);
    assert.match(
      vsixManifest,
      /Type="Microsoft.VisualStudio.Services.Content.Changelog" Path="extension\/changelog.md"/,
    );
    const readme = strFromU8(entries['extension/readme.md']!);
    const images = [...readme.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 3, images.join(', '));
    for (const image of images) {
      // vsce points relative links at the repository; the file must be in the package too.
      const relative = image.replace(/^https:\/\/github\.com\/[^/]+\/[^/]+\/raw\/HEAD\//, '');
      assert.ok(entries[`extension/${relative}`], `${image} is not in the package`);
      assert.ok(relative.endsWith('.png'), `${image}: the marketplace refuses SVG images in a README`);
    }
    assert.match(readme, /## Privacy/);
    assert.match(readme, /## Development/);
  });

  it('ships the German text of the manifest and of the messages, and the walkthrough images', () => {
    for (const file of ['package.nls.json', 'package.nls.de.json', 'l10n/bundle.l10n.de.json'])
      assert.ok(entries[`extension/${file}`], file);
    const manifest = JSON.parse(strFromU8(entries['extension/package.json']!));
    for (const step of manifest.contributes.walkthroughs[0].steps)
      for (const image of Object.values<string>(step.media.image)) assert.ok(entries[`extension/${image}`], image);
    assert.ok(entries['extension/media/samples/meta-ads-by-campaign-and-day.csv']);
  });
});

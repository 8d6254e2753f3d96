// Writes index.html and one stylesheet beside the bundle, with content hashes in their names so a
// browser never mixes an old script with a new page. No html/css loaders are installed, and the
// page needs nothing more: the stylesheets are concatenated in file-name order.
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

class PageAssetsPlugin {
  constructor({ template, styles, entry }) {
    this.options = { template, styles, entry };
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PageAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PageAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const { template, styles, entry } = this.options;
        const files = readdirSync(styles).filter((name) => name.endsWith('.css')).sort();
        const css = files.map((name) => `/* ${name} */\n${readFileSync(path.join(styles, name), 'utf8')}`).join('\n');
        const cssName = `assets/app.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        compilation.emitAsset(cssName, new sources.RawSource(css));
        const script = [...compilation.entrypoints.get(entry).getFiles()].find((file) => file.endsWith('.js'));
        const html = readFileSync(template, 'utf8').replace('%STYLESHEET%', `/${cssName}`).replace('%SCRIPT%', `/${script}`);
        compilation.emitAsset('index.html', new sources.RawSource(html));
        compilation.fileDependencies.add(template);
        for (const name of files) compilation.fileDependencies.add(path.join(styles, name));
      });
    });
  }
}

module.exports = { PageAssetsPlugin };

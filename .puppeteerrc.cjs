// Puppeteer's own browser download fails here (no internet but the npm registry): we drive
// Debian's Chromium instead (see docs/TOOLCHAIN.md and scripts/ensure-chromium.mjs).
module.exports = {
  skipDownload: true,
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
};

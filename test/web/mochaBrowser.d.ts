// Mocha's browser build (node_modules/mocha/mocha.js) has no types of its own.
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}

// User settings of the UI test window. A custom metric whose name and description are markup
// shows, in screenshots of the tree, the hover, the calculator and the results view, that
// names from settings are written as text everywhere.
export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const XSS_ALIAS = 'xss probe';

export const UI_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'marketingMetrics.customMetrics': [
    {
      id: 'xssProbe',
      name: XSS_NAME,
      formula: 'clicks / impressions',
      unit: 'percent',
      direction: 'higher',
      aliases: [XSS_ALIAS],
      description: '<script>alert(2)</script> is not run: custom metrics are data.',
    },
  ],
};

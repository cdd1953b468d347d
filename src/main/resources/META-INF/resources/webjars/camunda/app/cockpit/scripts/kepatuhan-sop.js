// Pustaka ASIEK in Cockpit: "Kepatuhan SOP" in the header opens the SOP compliance report (/staf/laporan/kepatuhan-sop),
// shown in a frame of the same origin; the report itself decides who may read it (the supervisors and administrators).
const PATH = '/kepatuhan-sop';

export default [
  {
    id: 'asiek.kepatuhanSop.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {
      pagePath: '#' + PATH,
      label: 'Kepatuhan SOP',
      checkActive: path => path.indexOf('#' + PATH) > -1
    }
  },
  {
    id: 'asiek.kepatuhanSop.route',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH, label: 'Kepatuhan SOP' },
    render: node => {
      const frame = document.createElement('iframe');
      frame.src = '/staf/laporan/kepatuhan-sop?tertanam=true';
      frame.title = 'Laporan kepatuhan waktu SOP';
      frame.style.cssText = 'width: 100%; min-height: 80vh; border: 0; background: #fff;';
      frame.addEventListener('load', () => {
        try {
          frame.style.height = frame.contentDocument.documentElement.scrollHeight + 'px';
        } catch (e) {
          // another origin: keep the minimum height
        }
      });
      node.appendChild(frame);
    }
  }
];

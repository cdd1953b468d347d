// The staff's schedule calendar (/staf/jadwal): FullCalendar in Indonesian, office wall-clock time (Asia/Jakarta)
// whatever the browser's own time zone. The server sends Jakarta times without offset; the calendar runs in UTC and is
// told Jakarta's "now", so every date, week and "today" is the office's.
(function () {
  const element = document.getElementById('kalender');
  const zone = element.dataset.zona;
  const resource = document.getElementById('sumber-daya');

  const indonesian = {
    code: 'id',
    week: { dow: 1, doy: 7 },
    buttonText: { prev: 'Sebelumnya', next: 'Berikutnya', today: 'Hari ini', year: 'Tahun', month: 'Bulan', week: 'Minggu', day: 'Hari', list: 'Agenda' },
    weekText: 'Mg',
    allDayText: 'Sehari',
    moreLinkText: 'lainnya',
    noEventsText: 'Tidak ada pemesanan'
  };

  function officeNow() {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date()).map(part => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  }

  const panel = document.getElementById('rincian');
  const title = document.getElementById('rincian-judul');
  const details = document.getElementById('rincian-isi');
  const sessions = document.getElementById('rincian-sesi');
  const cockpit = document.getElementById('rincian-cockpit');
  panel.querySelector('.tutup').addEventListener('click', () => { panel.hidden = true; });

  function row(term, value) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    details.append(dt, dd);
  }

  function show(event) {
    const props = event.extendedProps;
    details.replaceChildren();
    sessions.replaceChildren();
    cockpit.hidden = true;
    panel.hidden = false;
    if (!props.kegiatan) {
      title.textContent = props.judul || event.title;
      row('Sumber daya', props.sumberDaya);
      row('Waktu', props.waktu);
      row('Jumlah', String(props.jumlah));
      return;
    }
    title.textContent = 'Kegiatan ' + props.kegiatan;
    row('Sumber daya', props.sumberDaya);
    row('Waktu', props.waktu);
    fetch('/staf/jadwal/kegiatan/' + encodeURIComponent(props.kegiatan), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(activity => {
        details.replaceChildren();
        row('Nomor kegiatan', activity.nomor);
        row('Lembaga pemohon', activity.lembaga);
        row('Perihal', activity.perihal);
        row('Status', activity.status);
        row('Perkiraan peserta', activity.peserta + ' orang');
        for (const booking of activity.pemesanan) {
          const item = document.createElement('li');
          item.textContent = `${booking.sesi ? booking.sesi + ': ' : ''}${booking.sumberDaya}${booking.jumlah > 1 ? ' (' + booking.jumlah + ')' : ''}, ${booking.waktu}`;
          sessions.append(item);
        }
        if (activity.cockpit) {
          cockpit.href = activity.cockpit;
          cockpit.hidden = false;
        }
      })
      .catch(() => row('Keterangan', 'Rincian kegiatan tidak dapat dimuat.'));
  }

  const calendar = new FullCalendar.Calendar(element, {
    locales: [indonesian],
    locale: 'id',
    timeZone: 'UTC',
    now: officeNow,
    initialView: 'timeGridWeek',
    initialDate: element.dataset.tanggal || undefined,
    headerToolbar: { left: 'prev,next today', center: 'title', right: 'timeGridWeek,dayGridMonth,listWeek' },
    firstDay: 1,
    views: {
      timeGridWeek: { titleFormat: { year: 'numeric', month: 'long', day: 'numeric' }, dayHeaderFormat: { weekday: 'short', day: 'numeric', month: 'numeric', omitCommas: true } },
      dayGridMonth: { titleFormat: { year: 'numeric', month: 'long' }, dayHeaderFormat: { weekday: 'long' } },
      listWeek: { titleFormat: { year: 'numeric', month: 'long', day: 'numeric' } }
    },
    slotMinTime: '06:00:00',
    slotMaxTime: '19:00:00',
    allDaySlot: false,
    nowIndicator: true,
    height: 'auto',
    dayMaxEvents: 4,
    businessHours: { daysOfWeek: [1, 2, 3, 4, 5], startTime: element.dataset.buka, endTime: element.dataset.tutup },
    eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    events: { url: '/staf/jadwal/pemesanan', extraParams: () => ({ sumberDaya: resource.value }) },
    eventClick: info => show(info.event)
  });
  resource.addEventListener('change', () => calendar.refetchEvents());
  calendar.render();
  window.asiekKalender = calendar;
})();

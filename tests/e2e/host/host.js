// The host page's side of the embed: what a blog owner writes to use the events.
window.readinessEvents = [];
for (const type of ['ready', 'start', 'complete']) {
  document.addEventListener(`readiness:${type}`, (event) => {
    const div = event.target;
    window.readinessEvents.push({ type, embed: div.id, detail: event.detail });
    if (type === 'complete') {
      const status = document.getElementById(`${div.id}-status`);
      if (status)
        status.textContent = `Your readiness score: ${event.detail.score} (${event.detail.band}).`;
    }
  });
}

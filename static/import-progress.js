// An import's page, enhanced: the progress moves in place instead of the page refreshing itself
// (which it does without JavaScript). When the import ends, the page loads its result.
(() => {
  const section = document.getElementById('import-progress');
  if (!section) return;
  const bar = document.getElementById('import-bar');
  const counts = document.getElementById('import-counts');
  const url = section.dataset.progressUrl;
  const tick = async () => {
    let progress;
    try {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok) return setTimeout(tick, 2000);
      progress = await response.json();
    } catch (error) {
      return setTimeout(tick, 2000);
    }
    if (!progress.running) return window.location.reload();
    bar.value = progress.percent;
    bar.textContent = progress.percent + ' %';
    counts.textContent = progress.counts;
    setTimeout(tick, 1000);
  };
  setTimeout(tick, 1000);
})();

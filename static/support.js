// The support form, enhanced: choosing a Category or a Topic updates the next list in place.
// Without JavaScript the Next button does the same with a page load; this script only saves it.
document.addEventListener('change', async (event) => {
  const select = event.target;
  if (!(select instanceof HTMLSelectElement)) return;
  if (select.name !== 'category' && select.name !== 'topic') return;
  const form = select.form;
  if (!form || !form.classList.contains('step')) return;
  const url = new URL(form.action);
  for (const [name, value] of new FormData(form)) {
    if (value) url.searchParams.set(name, value);
  }
  if (select.name === 'category') url.searchParams.delete('topic');
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    return; // The Next button still works.
  }
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fresh = page.querySelector('.support-form');
  const current = document.querySelector('.support-form');
  if (!fresh || !current) return;
  current.replaceWith(fresh);
  history.replaceState(null, '', url);
  const next = fresh.querySelector(select.name === 'category' ? '#topic' : '#issue');
  if (next) next.focus();
});

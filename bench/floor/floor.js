let step = 1;
addEventListener('keydown', (event) => {
  if (event.key === 'Home') step = 1;
  else if (event.key === 'ArrowRight') step += 1;
  else return;
  const text = `Step ${step} of 500`;
  document.querySelector('[role="status"]').textContent = text;
  document.querySelector('[aria-label="Step details"]').textContent = text;
  document.title = text;
  history.replaceState(null, '', `?step=${step}`);
});

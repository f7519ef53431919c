// Headless entry: Miro loads it on every board where the app is installed, so
// it stays tiny and imports nothing. Opened in a normal tab (not inside Miro's
// iframe) it navigates to the local demo instead.
if (window.self === window.top) {
  location.replace('/demo.html');
} else {
  miro.board.ui.on('icon:click', async () => {
    await miro.board.ui.openPanel({ url: 'app.html' });
  });
}

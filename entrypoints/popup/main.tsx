import { render } from 'preact';

render(
  <p>Ada Installation Status</p>,
  document.getElementById('app') ?? document.body,
);

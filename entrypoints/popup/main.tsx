import { render } from 'preact'; render(<p>Inboxlink</p>, document.getElementById('app')!);

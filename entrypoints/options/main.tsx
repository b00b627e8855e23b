import { render } from 'preact';
import { Options } from './Options';
import '@/components/tokens.css';
import '@/components/annotations.css';
import './style.css';

render(<Options />, document.getElementById('app') as HTMLElement);

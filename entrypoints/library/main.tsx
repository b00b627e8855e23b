import { render } from 'preact';
import { Library } from './Library';
import '@/components/tokens.css';
import '@/components/annotations.css';
import './style.css';

render(<Library />, document.getElementById('app') as HTMLElement);

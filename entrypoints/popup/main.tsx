import { render } from 'preact';
import { App } from './App';
import '@/components/tokens.css';
import '@/components/annotations.css';
import '@/components/compared.css';
import './style.css';

render(<App />, document.getElementById('app') as HTMLElement);

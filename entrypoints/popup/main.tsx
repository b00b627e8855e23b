import { render } from 'preact';
import { App } from './App';
import '@/components/compared.css';
import '@/components/annotations.css';
import './style.css';

render(<App />, document.getElementById('app') as HTMLElement);

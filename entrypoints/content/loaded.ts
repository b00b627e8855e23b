import { benchmarkMark } from '@/lib/benchmark';

// Imported first by the content script, so that this runs before the other modules are set up: the
// benchmark counts our work from here, the script's own evaluation included (benchmark builds only).
benchmarkMark('claimlens:loaded');

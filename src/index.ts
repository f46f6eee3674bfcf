// The Action entry (dist/index.js): only calls run().
import { run } from './main.js';

void run();

// Child-process entry for the host-TZ test: prints the probe answers as JSON.
import { probe } from './probe.js';

process.stdout.write(JSON.stringify({ tz: process.env['TZ'], offset: new Date(0).getTimezoneOffset(), answers: probe() }));

// Entry point of `cdk synth` / `cdk deploy` (see cdk.json). The App synthesizes itself on exit.
// Optional context: `-c cursorSecret=<16+ chars>` (rotates feed cursors), `-c logLevel=debug`.
import { createApp } from './create-app';

createApp();

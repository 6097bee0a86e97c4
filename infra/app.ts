// Entry point of `cdk synth` / `cdk deploy` (see cdk.json). The App synthesizes itself on exit.
// Optional context: `-c region=eu-central-1`, `-c alarmEmail=ops@example.org`, `-c logLevel=debug`.
// `cdk deploy --all` deploys the us-east-1 edge stack (WAF) first, then the platform.
import { createApp } from './create-app';

createApp();

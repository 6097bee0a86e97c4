import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, and probes for that once; under the
// site's Content-Security-Policy (no 'unsafe-eval') even the caught probe is reported as a
// violation. Parse without code generation instead.
z.config({ jitless: true });

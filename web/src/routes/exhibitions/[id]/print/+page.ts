// The catalogue sheet prints without the site's header, navigation and footer (see routes/+layout.svelte).
export const load = () => ({ bare: true });

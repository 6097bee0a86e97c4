// A gallery kiosk: no site header, navigation or footer, nothing that leads away (routes/+layout.svelte).
export const load = () => ({ bare: true });

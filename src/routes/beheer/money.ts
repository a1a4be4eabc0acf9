/** Euro amounts in staff pages: Belgian notation, "€ 150,50". */
const format = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

export function euro(cents: number): string {
	return format.format(cents / 100);
}

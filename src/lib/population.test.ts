import { describe, expect, it } from 'vitest';
import { populationTable } from './population.ts';

describe('populationTable', () => {
	it('orders municipalities as the source does, total last, years ascending', () => {
		const values = [
			{ area: 'kymenlaakso', group: '0-6v', year: 2019, value: 9010 },
			{ area: 'kotka', group: '0-6v', year: 2025, value: 2288 },
			{ area: 'kotka', group: '0-6v', year: 2019, value: 2892 },
			{ area: 'hamina', group: '0-6v', year: 2019, value: 1017 },
		];
		const t = populationTable(values);
		expect(t.rows.map((r) => r.area)).toEqual(['hamina', 'kotka', 'kymenlaakso']);
		expect(t.years).toEqual([2019, 2025]);
		expect(t.rows[1]!.cells).toEqual([2892, 2288]);
		expect(t.rows[0]!.cells).toEqual([1017, undefined]);
	});
});

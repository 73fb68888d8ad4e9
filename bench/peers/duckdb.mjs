// DuckDB's side of bench/run.sh: node peers/duckdb.mjs SET OUT YEAR
// Per pairing with rules (gansu: orphan, unsupported_child, disabled,
// extremely_poor), the contacts and visits its own cadre logged inside the
// pairing's part of YEAR; and per county, their totals. SQL over the CSV
// files, as an analyst would write it.
import { DuckDBInstance } from '@duckdb/node-api';

const [set, out, year] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const csv = (name) => `read_csv('${set}/${name}', header = true, all_varchar = true)`;
await con.run(`
  CREATE TEMP TABLE counts AS
  WITH r AS (SELECT id, category, county FROM ${csv('recipients.csv')}),
       p AS (SELECT recipient, cadre, start,
                    greatest(CAST(start AS DATE), DATE '${year}-01-01') AS s,
                    least(coalesce(TRY_CAST("end" AS DATE), DATE '${year}-12-31'), DATE '${year}-12-31') AS e
             FROM ${csv('pairings.csv')}),
       v AS (SELECT TRY_CAST(date AS DATE) AS d, recipient, cadre, mode FROM ${csv('visits.csv')})
  SELECT p.recipient, p.cadre, p.start, r.county,
         count(*) FILTER (WHERE v.mode IN ('phone', 'sms', 'wechat', 'letter')) AS contacts,
         count(*) FILTER (WHERE v.mode IN ('home', 'institution', 'other')) AS visits
  FROM p JOIN r ON r.id = p.recipient
         JOIN v ON v.recipient = p.recipient AND v.cadre = p.cadre AND v.d BETWEEN p.s AND p.e
  WHERE r.category IN ('orphan', 'unsupported_child', 'disabled', 'extremely_poor') AND p.s <= p.e
  GROUP BY ALL
  HAVING contacts + visits > 0`);
await con.run(`COPY counts TO '${out}/pairings.csv' (HEADER)`);
await con.run(`COPY (SELECT county, sum(contacts) AS contacts, sum(visits) AS visits FROM counts GROUP BY county)
               TO '${out}/counties.csv' (HEADER)`);

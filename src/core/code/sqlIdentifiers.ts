/**
 * Which names SQL must quote. A column or alias is quoted when it is not a plain lower-case
 * identifier or when it is a reserved word in any of the nine engines: one list for all
 * dialects, because quoting a name that did not need it is harmless in each of them (the
 * quote rules in sqlDialects.ts keep the case every engine resolves an unquoted name to).
 *
 * The words are the union of each engine's reserved words, lower-cased:
 * - PostgreSQL: pg_get_keywords() categories R and T, read from PGlite (PostgreSQL 18);
 *   https://www.postgresql.org/docs/current/sql-keywords-appendix.html
 * - DuckDB: duckdb_keywords() categories reserved and type_function, read from @duckdb/node-api;
 *   https://duckdb.org/docs/stable/sql/dialect/keywords_and_identifiers
 * - SQLite: https://www.sqlite.org/lang_keywords.html
 * - MySQL 8: the words marked (R) in https://dev.mysql.com/doc/refman/8.0/en/keywords.html
 * - SQL Server: https://learn.microsoft.com/en-us/sql/t-sql/language-elements/reserved-keywords-transact-sql
 * - BigQuery: https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#reserved_keywords
 * - Snowflake: https://docs.snowflake.com/en/sql-reference/reserved-keywords
 * - Redshift: https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html
 * - Spark SQL (ANSI mode): https://spark.apache.org/docs/latest/sql-ref-ansi-compliance.html#sql-keywords
 * The last six as sqlfluff's dialect keyword lists transcribe those pages
 * (github.com/sqlfluff/sqlfluff, src/sqlfluff/dialects/dialect_*_keywords.py).
 *
 * No built-in column (snake_case of a quantity id) or metric alias is among them, which a unit
 * test holds; only a custom metric's id (order, rank, currentDate…) can need quoting.
 */
const RESERVED_WORDS =
  'abort accessible add aes128 aes256 after aggregate all allowoverwrite alter always analyse analyze and anti ' +
  'any append array as asc asensitive asof assert_rows_modified asymmetric at attach authorization autoincrement ' +
  'az64 backup bearer bearer_token before begin between bigint binary blanksasnull blob both break browse bulk by ' +
  'bytedict call cascade case cast change char character check checkpoint clone close clustered coalesce collate ' +
  'collation column columns commit comprows compupdate compute concurrently condition conflict connect connection ' +
  'constraint contains containstable continue convert corresponding create credentials cross cube cume_dist ' +
  'current current_catalog current_date current_role current_schema current_time current_timestamp current_user ' +
  'current_user_id cursor database databases datetime day_hour day_microsecond day_minute day_second dbcc ' +
  'deallocate dec decimal declare default deferrable deferred define definition defrag delayed delete delimiters ' +
  'delta delta32k dense_rank deny desc describe detach deterministic disable disk distinct distinctrow ' +
  'distributed div do double drop dual dump each else elseif empty emptyasnull enable enclosed encrypt encryption ' +
  'end enum errlvl escape escaped except exclude exclusive exec execute exists exit explain explicit_ids extend ' +
  'external fail false fetch file fillfactor fillrecord filter first first_value float float4 float8 following ' +
  'for force foreign freetext freetexttable freeze from full fulltext function generated get glob globaldict256 ' +
  'globaldict64k go goto grant group grouping groups gscluster hash having high_priority holdlock ' +
  'hour_microsecond hour_minute hour_second hybrid identity identity_insert identitycol if ignore ' +
  'ignoreblanklines ignoreheader ilike immediate in include increment index indexed infile initially inner inout ' +
  'insensitive insert insert_only instead int int1 int2 int3 int4 int8 integer intersect interval into ' +
  'io_after_gtids io_before_gtids is isnull iterate join json_table key keys kill lag lambda last last_value ' +
  'lateral lead leading leave left like limit linear lineno lines load localtime localtimestamp lock long ' +
  'longblob longtext lookup loop low_priority lun luns lzo map master_bind master_ssl_verify_server_cert match ' +
  'match_condition match_recognize materialized maxvalue mediumblob mediumint mediumtext merge middleint minus ' +
  'minute_microsecond minute_second mod modifies mostly16 mostly32 mostly8 national natural new no ' +
  'no_write_to_binlog nocheck nonclustered not nothing notnull nth_value ntile null null_if nullif nulls numeric ' +
  'of off offset offsets oid old on only open opendatasource openquery openrowset openxml optimize ' +
  'optimizer_costs option optionally or order others out outer outfile over overlaps parallel partition percent ' +
  'percent_rank permissions pivot pivot_longer pivot_wider placing plan positional pragma preceding precision ' +
  'primary print proc procedure proto public purge qualify query raise raiserror range rank raw read read_write ' +
  'readratio reads readtext real reconfigure recover recursive references regexp reindex rejectlog release rename ' +
  'repeat replace replication require resignal resort respect restore restrict return returning revert revoke ' +
  'right rlike rollback rollup row row_number rowcount rowguidcol rows rule runlength sample save savepoint ' +
  'schema schemas second_microsecond securityaudit select semantickeyphrasetable semanticsimilaritydetailstable ' +
  'semanticsimilaritytable semi sensitive separator session_user set setuser show shutdown signal similar ' +
  'smallint snapshot some spatial specific sql sql_big_result sql_calc_found_rows sql_small_result sqlexception ' +
  'sqlstate sqlwarning ssl start starting statistics stored straight_join strict struct summarize symmetric ' +
  'sysdate system system_user table tablesample tag tdes temp temporary terminated text255 text32k textsize then ' +
  'timestamp tinyblob tinyint tinytext to top trailing tran transaction treat trigger true truncate ' +
  'truncatecolumns try_cast try_convert tsequal unbounded undo union unique unknown unlock unnest unpack unpivot ' +
  'unsigned update updatetext usage use user using utc_date utc_time utc_timestamp vacuum values varbinary ' +
  'varchar varcharacter variadic varying verbose view virtual waitfor when whenever where while window with ' +
  'within without write writetext xor year_month zerofill';

let reserved: ReadonlySet<string> | undefined;

/** The union of the nine engines' reserved words, split once on first use. */
export function reservedWords(): ReadonlySet<string> {
  reserved ??= new Set(RESERVED_WORDS.split(' '));
  return reserved;
}

/** Whether a name must be delimited: a reserved word, or not a plain lower-case identifier. */
export function needsQuoting(name: string): boolean {
  return !/^[a-z_][a-z0-9_]*$/.test(name) || reservedWords().has(name);
}

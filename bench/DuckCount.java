import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The benchmark's anchor for validate: DuckDB reads the same report CSV (quoted cells with line
 * breaks and doubled quotes) and counts its rows by (unit, period, task), on the threads given.
 * Run from the benchmark only, never shipped: {@code java -cp duckdb_jdbc.jar bench/DuckCount.java
 * FILE [THREADS]}. Prints the groups and rows counted.
 */
public final class DuckCount {
    public static void main(String[] args) throws Exception {
        String file = args[0].replace("'", "''");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            String sql = "SELECT count(*) AS groups, sum(n) AS rows FROM (SELECT unit, period, task, count(*) AS n FROM read_csv('" + file
                    + "', header = true, quote = '\"', escape = '\"', all_varchar = true) GROUP BY unit, period, task)";
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                System.out.println(r.getLong(1) + " groups, " + r.getLong(2) + " rows");
            }
        }
    }
}

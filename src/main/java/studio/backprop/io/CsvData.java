package studio.backprop.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import studio.backprop.expr.Expr;
import studio.backprop.expr.ProgramException;
import studio.backprop.graph.DataSource;
import studio.backprop.tensor.Shape;
import studio.backprop.tensor.Tensor;

/**
 * Data read from CSV files next to the program, by Jackson's CSV module. The first line names the
 * columns; a data input takes the column of its own name as a vector ({@code y}), or the columns
 * {@code X1, X2, …} (also {@code X[1]}, {@code X_1}) as a matrix with one row per line. Every
 * mistake names the file, and the line and column where it is.
 */
public final class CsvData implements DataSource {

    private static final Pattern NUMBERED = Pattern.compile("(.+?)(?:\\[(\\d+)]|_?(\\d+))");

    /** Made on the first csv(...): most programs read no file, and the mapper is not free to load. */
    private static final class Mapper {
        static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
                .enable(CsvReadFeature.TRIM_SPACES).build();
    }

    private final Path folder;
    /** Each file is read once per build, however many data inputs take columns from it. */
    private final Map<String, Table> read = new HashMap<>();

    /** Files are found relative to {@code folder}, the program's own. */
    public CsvData(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<Tensor> batch(String name) {
        return Optional.empty();
    }

    @Override
    public Tensor csv(Expr.Csv csv) {
        Table table = read.computeIfAbsent(csv.file(), file -> load(csv));
        return table.columns(csv);
    }

    private Table load(Expr.Csv csv) {
        Path file = folder.resolve(csv.file());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = Mapper.CSV.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNext()) throw ProgramException.values(csv.fileSpan(), csv.file() + " is empty: its first line "
                    + "should name the columns, as in x1,x2,y.");
            String[] header = rows.next();
            List<String[]> body = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            while (rows.hasNext()) {
                int line = rows.currentLocation() == null ? body.size() + 2 : rows.currentLocation().getLineNr();
                String[] row = rows.next();
                if (row.length == 1 && row[0].isBlank()) continue;
                body.add(row);
                lines.add(line);
            }
            return new Table(csv.file(), header, body, lines);
        } catch (NoSuchFileException e) {
            throw ProgramException.values(csv.fileSpan(), "There is no file " + csv.file() + " in " + folder
                    + ". Put it next to the program, or write its path from there.");
        } catch (IOException | JacksonException e) {
            throw ProgramException.values(csv.fileSpan(), "Could not read " + csv.file() + ": " + e.getMessage());
        }
    }

    private record Table(String file, String[] header, List<String[]> rows, List<Integer> lines) {

        Tensor columns(Expr.Csv csv) {
            List<Integer> chosen = chosen(csv.column());
            if (chosen.isEmpty()) {
                throw ProgramException.values(csv.fileSpan(), file + " has no column " + csv.column() + ": its columns are "
                        + String.join(", ", header) + ". Name the data after a column, or after numbered columns ("
                        + csv.column() + "1, " + csv.column() + "2, …).");
            }
            if (rows.isEmpty()) {
                throw ProgramException.values(csv.fileSpan(), file + " has a header but no rows of data.");
            }
            double[] values = new double[rows.size() * chosen.size()];
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                for (int c = 0; c < chosen.size(); c++) {
                    int column = chosen.get(c);
                    values[r * chosen.size() + c] = number(row, column, lines.get(r), csv);
                }
            }
            Shape shape = chosen.size() == 1 && csv.column().equals(header[chosen.get(0)])
                    ? Shape.vector(rows.size()) : Shape.matrix(rows.size(), chosen.size());
            return Tensor.of(shape, values);
        }

        /** The column named {@code name}, or the columns numbered after it, in their numbers' order. */
        private List<Integer> chosen(String name) {
            for (int c = 0; c < header.length; c++) {
                if (header[c].equals(name)) return List.of(c);
            }
            Map<Integer, Integer> numbered = new java.util.TreeMap<>();
            for (int c = 0; c < header.length; c++) {
                Matcher match = NUMBERED.matcher(header[c]);
                if (match.matches() && match.group(1).equals(name)) {
                    numbered.put(Integer.parseInt(match.group(2) != null ? match.group(2) : match.group(3)), c);
                }
            }
            return List.copyOf(numbered.values());
        }

        private double number(String[] row, int column, int line, Expr.Csv csv) {
            String where = file + ", line " + line + ", column " + (column + 1) + " (" + header[column] + ")";
            if (column >= row.length || row[column].isBlank()) {
                throw ProgramException.values(csv.fileSpan(), where + " is empty. Every row needs a number in every column.");
            }
            try {
                double value = Double.parseDouble(row[column]);
                if (!Double.isFinite(value)) throw new NumberFormatException();
                return value;
            } catch (NumberFormatException e) {
                throw ProgramException.values(csv.fileSpan(), where + ": '" + row[column] + "' is not a number.");
            }
        }
    }
}

package dev.tradeatlas.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes {@link CsvTable} responses as RFC 4180 CSV in UTF-8 (Accept: text/csv or format=csv). */
class CsvHttpMessageConverter extends AbstractHttpMessageConverter<CsvTable> {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  CsvHttpMessageConverter() {
    super(StandardCharsets.UTF_8, TEXT_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return CsvTable.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(@Nullable MediaType mediaType) {
    return false;
  }

  @Override
  protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("CSV tables are written, not read", input);
  }

  @Override
  protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
    Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    try (CSVPrinter printer = CSVFormat.RFC4180.print(writer)) {
      CsvRows<?> csv = table.csv();
      printer.printRecord(csv.header());
      for (List<?> row : csv.rows()) {
        printer.printRecord(row.stream().map(CsvHttpMessageConverter::cell).toList());
      }
    }
  }

  static Object cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return defused(value.toString());
  }

  /**
   * Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) is
   * prefixed with an apostrophe, as OWASP advises; numbers are written as numbers.
   */
  static String defused(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}

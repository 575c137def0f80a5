package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.turnover.Commodity;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what imported rows say of their products beyond the value ({@link ProductDetail}), beside
 * the figures of the same import and in its transaction: spooled as CSV while the file is read,
 * then copied and added set-wise. Details are only ever added (a later import's are read first); an
 * HS description is kept per classification version as first loaded.
 */
@Component
@NamedInterface("loading")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProductStore {

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  /** Adds the spooled details (see {@link Spool}) of an import, in its transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void add(InputStream spooled, Long batchId) {
    StagingTable.fill(
        jdbc,
        dataSource,
        "product_rows",
        """
        reporter text, partner text, flow text, commodity text, first_month date,
        last_month date, source_id bigint, classification text, description text,
        net_weight_kg numeric, quantity numeric, quantity_unit text, cif_usd numeric,
        fob_usd numeric
        """,
        spooled,
        "product details");
    jdbc.sql(
            """
            insert into product_detail (reporter, partner, flow, commodity, first_month,
                last_month, source_id, classification, net_weight_kg, quantity, quantity_unit,
                cif_usd, fob_usd, import_batch_id)
            select reporter, partner, flow, commodity, first_month, last_month, source_id,
                   classification, net_weight_kg, quantity, quantity_unit, cif_usd, fob_usd, :batch
            from product_rows
            where net_weight_kg is not null or quantity is not null or cif_usd is not null
               or fob_usd is not null
            """)
        .param("batch", batchId)
        .update();
    jdbc.sql(
            """
            insert into hs_description (classification, code, description, source_id)
            select distinct on (classification, commodity) classification, commodity, description,
                   source_id
            from product_rows
            where classification is not null and description is not null
            order by classification, commodity
            on conflict (classification, code) do nothing
            """)
        .update();
  }

  /** Details written as the staging table's CSV, while a file is read. */
  @NamedInterface("loading")
  public static final class Spool implements Closeable {
    private final CSVPrinter printer;

    public Spool(OutputStream out) {
      this.printer = FigureStore.copyPrinter(out);
    }

    /** The details of a checked figure of a commodity (TOTAL rows have none worth keeping). */
    public void add(Figure figure, @Nullable ProductDetail detail) {
      if (detail == null
          || detail.isEmpty()
          || figure.series().commodity().equals(Commodity.TOTAL)) {
        return;
      }
      try {
        printer.printRecord(
            figure.series().reporter(),
            figure.series().partner(),
            figure.series().flow().name(),
            figure.series().commodity().code(),
            figure.period().first().atDay(1),
            figure.period().last().atDay(1),
            figure.sourceId(),
            detail.classification(),
            detail.description(),
            plain(detail.netWeightKg()),
            plain(detail.quantity()),
            detail.quantityUnit(),
            plain(detail.cifUsd()),
            plain(detail.fobUsd()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot spool product details", e);
      }
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
      return value == null ? null : value.toPlainString();
    }

    @Override
    public void close() throws IOException {
      printer.close();
    }
  }
}

package dev.tradeatlas.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of a UN Comtrade getFinalData download, for tests that import them. */
public final class ComtradeRows {

  /** The header of a getFinalData download, as the issue gives it. */
  public static final List<String> HEADER =
      List.of(
          ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
                  + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,"
                  + "partner2Code,partner2ISO,partner2Desc,classificationCode,"
                  + "classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,"
                  + "isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
                  + "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,"
                  + "isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,"
                  + "cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate")
              .split(","));

  private ComtradeRows() {}

  /**
   * One row's values by column, in the header's order: China's annual total exports to Kyrgyzstan
   * for 2023, with the columns not named here empty.
   */
  public static Map<String, String> total() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String column : HEADER) {
      values.put(column, "");
    }
    values.putAll(
        Map.ofEntries(
            Map.entry("typeCode", "C"),
            Map.entry("freqCode", "A"),
            Map.entry("refPeriodId", "20230101"),
            Map.entry("refYear", "2023"),
            Map.entry("refMonth", "52"),
            Map.entry("period", "2023"),
            Map.entry("reporterCode", "156"),
            Map.entry("reporterISO", "CHN"),
            Map.entry("reporterDesc", "China"),
            Map.entry("flowCode", "X"),
            Map.entry("flowDesc", "Export"),
            Map.entry("partnerCode", "417"),
            Map.entry("partnerISO", "KGZ"),
            Map.entry("partnerDesc", "Kyrgyzstan"),
            Map.entry("partner2Code", "0"),
            Map.entry("partner2ISO", "W00"),
            Map.entry("partner2Desc", "World"),
            Map.entry("classificationCode", "H6"),
            Map.entry("classificationSearchCode", "HS"),
            Map.entry("isOriginalClassification", "True"),
            Map.entry("cmdCode", "TOTAL"),
            Map.entry("cmdDesc", "All Commodities"),
            Map.entry("aggrLevel", "0"),
            Map.entry("isLeaf", "False"),
            Map.entry("customsCode", "C00"),
            Map.entry("customsDesc", "TOTAL CPC"),
            Map.entry("mosCode", "0"),
            Map.entry("motCode", "0"),
            Map.entry("motDesc", "TOTAL MOT"),
            Map.entry("qtyUnitCode", "-1"),
            Map.entry("qtyUnitAbbr", "N/A"),
            Map.entry("primaryValue", "19774000000"),
            Map.entry("fobvalue", "19774000000"),
            Map.entry("isReported", "True"),
            Map.entry("isAggregate", "True")));
    return values;
  }
}

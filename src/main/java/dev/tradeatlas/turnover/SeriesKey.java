package dev.tradeatlas.turnover;

/** One series of figures: a reporter's trade with a partner, for one flow and commodity. */
public record SeriesKey(String reporter, String partner, Flow flow, Commodity commodity) {

  /** The same trade as the partner reports it. */
  public SeriesKey mirror() {
    return new SeriesKey(partner, reporter, flow.mirror(), commodity);
  }

  public SeriesKey withPartner(String otherPartner) {
    return new SeriesKey(reporter, otherPartner, flow, commodity);
  }

  public SeriesKey withFlow(Flow other) {
    return new SeriesKey(reporter, partner, other, commodity);
  }

  public SeriesKey withCommodity(Commodity other) {
    return new SeriesKey(reporter, partner, flow, other);
  }

  @Override
  public String toString() {
    return reporter + "→" + partner + " " + flow + " " + commodity;
  }
}

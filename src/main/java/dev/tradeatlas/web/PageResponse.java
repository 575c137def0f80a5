package dev.tradeatlas.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list: its items and where it stands in the whole. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
    return new PageResponse<>(
        page.getContent().stream().map(mapper).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }

  public static <T> PageResponse<T> of(List<T> items, PageRequestParams params, long total) {
    int pages = (int) ((total + params.size() - 1) / params.size());
    return new PageResponse<>(items, params.page(), params.size(), total, pages);
  }
}

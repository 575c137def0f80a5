package dev.tradeatlas.turnover.consistency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trade")
@Tag(name = "Consistency", description = "Where figures contradict each other beyond rounding")
@RequiredArgsConstructor
class ConsistencyController {

  private final ConsistencyService consistency;

  @GetMapping(
      path = "/consistency",
      produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "listConsistencyFindings",
      summary = "Consistency findings of a reporter–partner pair",
      description =
          "Every place where the current figures of a pair contradict each other beyond their"
              + " bounds (each figure ± half the unit of its last digit): PARTS_VS_WHOLE (a"
              + " reported period against the figures tiling it), CUMULATIVE_DECREASE (a"
              + " cumulative figure smaller than a shorter one with the same first month),"
              + " FLOWS_VS_TURNOVER (TURNOVER against EXPORT + IMPORT), DISPUTE (two sources for"
              + " one period), GROUP_VS_MEMBERS (a group's reported total against its members)."
              + " In period order, paged; each finding names its figures and their sources. CSV"
              + " with Accept: text/csv or format=csv. Try CHN and KGZ: China's 2024 figures"
              + " disagree.")
  ConsistencyResponse consistency(@ParameterObject ConsistencyQuery query) {
    return consistency.findings(query);
  }
}

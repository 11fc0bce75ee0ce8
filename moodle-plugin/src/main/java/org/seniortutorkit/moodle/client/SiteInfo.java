package org.seniortutorkit.moodle.client;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code core_webservice_get_site_info} says about the site and the token: the health check, and the list of
 * functions the token may call, used to detect optional plugins such as mod_attendance.
 *
 * @param version Moodle's version number as the site reports it, e.g. {@code 2024100700} or, on a weekly build,
 *     {@code 2024100712.05}
 */
public record SiteInfo(String siteName, String siteUrl, long userId, String username, String release,
    String version, Set<String> functions, Map<String, String> advancedFeatures) {

  static SiteInfo read(Json json) {
    return new SiteInfo(
        json.requiredText("sitename"),
        json.requiredText("siteurl"),
        json.requiredLong("userid"),
        json.requiredText("username"),
        json.optionalText("release").orElse(""),
        // PARAM_TEXT in Moodle's description: a weekly "+" build reports e.g. "2024100712.05", not an integer.
        json.optionalText("version").orElse(""),
        json.requiredList("functions", f -> f.requiredText("name")).stream().collect(Collectors.toUnmodifiableSet()),
        json.list("advancedfeatures", f -> Map.entry(f.requiredText("name"), f.field("value").asText()))
            .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b)));
  }

  /** Whether the token's service includes {@code function} (and so the plugin providing it is installed). */
  public boolean supports(MoodleFunction function) {
    return functions.contains(function.wsName());
  }

  /** An advanced feature such as {@code enablenotes} or {@code messaging}; unknown features count as on. */
  public boolean featureEnabled(String name) {
    return !"0".equals(advancedFeatures.getOrDefault(name, "1"));
  }
}

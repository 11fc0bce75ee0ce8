/** Reading and writing the domain's values as JSON, with errors that name the JSON path, value and rule. */
package org.seniortutorkit.json;

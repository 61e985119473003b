package org.interphase.sweep;

import org.interphase.core.Checks;

/**
 * One named result of a sweep's evaluation, with its unit (e.g. {@code total_asr}, {@code "Ω·m²"}).
 *
 * @param name the output's name, used as its column name (letters, digits, '_' and '.')
 * @param unit the unit of its values ({@code "1"} for a pure number)
 */
public record Output(String name, String unit) {

    /**
     * @param name the output's name (not blank; starts with a letter or '_'; letters, digits, '_' and '.')
     * @param unit the unit of its values (not null)
     * @throws IllegalArgumentException if an argument is null or the name is not a column name
     */
    public Output {
        Checks.nonBlank(name, "name");
        Checks.nonNull(unit, "unit");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("name must start with a letter or '_' and hold only letters, digits,"
                    + " '_' and '.', so that it can be a column name; was '" + name + "'");
        }
    }

    @Override
    public String toString() {
        return name + " [" + unit + "]";
    }
}

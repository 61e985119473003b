package org.interphase.materials;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interphase.core.Checks;

/**
 * An immutable set of {@link Material}s with case-insensitive lookup by id, alias or formula.
 *
 * <p>{@link Materials} holds the built-in catalog. A user catalog (from code or a file, see
 * {@link MaterialFiles}) is merged over it with {@link #mergedWith(MaterialCatalog)}, which returns a
 * new catalog: user entries replace built-in ones with the same id, the built-in catalog stays as
 * it was.
 *
 * <p>Ids and aliases are unique keys across the catalog (compared ignoring case, spaces and the
 * kind of dash). A formula finds a material when exactly one material has it.
 */
public final class MaterialCatalog {

    private final Map<String, Material> byId;          // insertion order
    private final Map<String, Material> byKey;         // normalized id or alias -> material
    private final Map<String, List<Material>> byFormula;

    private MaterialCatalog(Collection<Material> materials) {
        Map<String, Material> ids = new LinkedHashMap<>();
        Map<String, Material> keys = new HashMap<>();
        Map<String, List<Material>> formulas = new HashMap<>();
        for (Material m : materials) {
            Objects.requireNonNull(m, "material");  // of(...) has named the index already
            for (String k : keysOf(m)) {
                Material other = keys.putIfAbsent(normalize(k), m);
                if (other != null && other != m) {
                    throw new IllegalArgumentException("name '" + k + "' of material " + m.id()
                            + " is already used by material " + other.id());
                }
            }
            ids.put(m.id(), m);
            if (!m.formula().isEmpty()) {
                formulas.computeIfAbsent(normalize(m.formula()), f -> new ArrayList<>()).add(m);
            }
        }
        this.byId = ids;
        this.byKey = keys;
        this.byFormula = formulas;
    }

    private static List<String> keysOf(Material m) {
        List<String> k = new ArrayList<>();
        k.add(m.id());
        k.addAll(m.aliases());
        return k;
    }

    /**
     * A catalog of the given materials.
     *
     * @param materials the materials (not null, no null element)
     * @return the catalog
     * @throws NullPointerException if the collection or an element is null (the message gives its index)
     * @throws IllegalArgumentException if two materials share an id or alias
     */
    public static MaterialCatalog of(Collection<Material> materials) {
        Checks.nonNull(materials, "materials");
        List<Material> list = new ArrayList<>(materials);
        for (int i = 0; i < list.size(); i++) {
            Checks.nonNull(list.get(i), "materials[" + i + "]");
        }
        return new MaterialCatalog(List.copyOf(list));
    }

    /**
     * @param materials the materials (not null, no null element)
     * @return the catalog (see {@link #of(Collection)})
     * @throws NullPointerException if the array or an element is null (the message gives its index)
     * @throws IllegalArgumentException if two materials share an id or alias
     */
    public static MaterialCatalog of(Material... materials) {
        Checks.nonNull(materials, "materials");
        return of(java.util.Arrays.asList(materials));
    }

    /** @return an empty catalog */
    public static MaterialCatalog empty() {
        return of(List.of());
    }

    /**
     * Looks a material up by id, alias or formula, ignoring case, spaces and the kind of dash.
     *
     * @param name e.g. "llzo", "LCO", "Li6PS5Cl" (not null, not blank)
     * @return the material
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank, no material has that name (the message
     *     lists the closest names), or the name is a formula shared by several materials
     */
    public Material get(String name) {
        Checks.nonBlank(name, "material name");
        Optional<Material> m = find(name);
        if (m.isPresent()) {
            return m.get();
        }
        List<Material> shared = name == null ? List.of() : byFormula.getOrDefault(normalize(name), List.of());
        if (shared.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' is the formula of several materials: "
                    + shared.stream().map(Material::id).collect(Collectors.joining(", ")) + "; use an id");
        }
        throw new IllegalArgumentException("no material '" + name + "' in the catalog; closest names: "
                + String.join(", ", closestNames(name == null ? "" : name, 6)));
    }

    /**
     * @param name id, alias or formula (case-insensitive; null finds nothing)
     * @return the material, if exactly one matches
     */
    public Optional<Material> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String k = normalize(name);
        Material m = byKey.get(k);
        if (m != null) {
            return Optional.of(m);
        }
        List<Material> f = byFormula.getOrDefault(k, List.of());
        return f.size() == 1 ? Optional.of(f.get(0)) : Optional.empty();
    }

    /**
     * @param name id, alias or formula (null finds nothing)
     * @return whether {@link #find(String)} finds it
     */
    public boolean contains(String name) {
        return find(name).isPresent();
    }

    /** @return all materials, in catalog order (unmodifiable) */
    public List<Material> all() {
        return List.copyOf(byId.values());
    }

    /** @return the number of materials */
    public int size() {
        return byId.size();
    }

    /**
     * @param role a role (not null)
     * @return the materials with that role, in catalog order
     * @throws NullPointerException if the role is null
     */
    public List<Material> withRole(Role role) {
        Checks.nonNull(role, "role");
        return byId.values().stream().filter(m -> m.hasRole(role)).toList();
    }

    /**
     * @param family a family (not null)
     * @return the materials of that family, in catalog order
     * @throws NullPointerException if the family is null
     */
    public List<Material> withFamily(Family family) {
        Checks.nonNull(family, "family");
        return byId.values().stream().filter(m -> m.family() == family).toList();
    }

    /**
     * A new catalog with one material added, or replacing the material with the same id.
     *
     * @param material the material (not null)
     * @return the new catalog
     * @throws NullPointerException if the material is null
     * @throws IllegalArgumentException if an alias collides with another material
     */
    public MaterialCatalog with(Material material) {
        Checks.nonNull(material, "material");
        return mergedWith(of(material));
    }

    /**
     * Merges another catalog over this one: its materials replace those with the same id here and
     * the others are appended. This catalog is not changed.
     *
     * @param overrides the materials that win (not null)
     * @return the merged catalog
     * @throws NullPointerException if {@code overrides} is null
     * @throws IllegalArgumentException if an override's id or alias names a different material here
     */
    public MaterialCatalog mergedWith(MaterialCatalog overrides) {
        Checks.nonNull(overrides, "overrides");
        Map<String, Material> merged = new LinkedHashMap<>();
        for (Material m : byId.values()) {
            merged.put(normalize(m.id()), m);
        }
        for (Material m : overrides.byId.values()) {
            merged.put(normalize(m.id()), m);
        }
        return new MaterialCatalog(merged.values());
    }

    /**
     * Reads a user file ({@link MaterialFiles} format) and merges it over this catalog.
     *
     * @param file the CSV file (not null)
     * @return the merged catalog; this one is unchanged, also when the file is malformed. A user
     *     material with the id of a built-in one replaces it whole (its other values are not kept).
     * @throws NullPointerException if {@code file} is null
     * @throws MaterialFileException if the file is malformed (file, line and field in the message), or
     *     a user id is the alias or formula of a different built-in material
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public MaterialCatalog withUserFile(Path file) {
        Checks.nonNull(file, "file");
        MaterialCatalog user = MaterialFiles.read(file);
        // a user id that is another built-in material's alias or formula would silently become a second
        // name for something else: report it against the file, like any other problem of the file
        java.util.List<MaterialFileException.Problem> clashes = new java.util.ArrayList<>();
        for (Material m : user.all()) {
            find(m.id()).filter(existing -> !normalize(existing.id()).equals(normalize(m.id())))
                    .ifPresent(existing -> clashes.add(new MaterialFileException.Problem(file.toString(),
                            lineOfMaterial(file, m.id()), "id",
                            "'" + m.id() + "' is a name of the built-in " + existing.id() + "; use id '" + existing.id()
                                    + "' to override it (the whole material is replaced) or choose another id")));
        }
        if (!clashes.isEmpty()) {
            throw new MaterialFileException(clashes);
        }
        return mergedWith(user);
    }

    /** 1-based line of the {@code material,<id>,…} row in a user file, or 0 if it cannot be found. */
    private static int lineOfMaterial(Path file, String id) {
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",", 3);
                if (cells.length >= 2 && cells[0].strip().equalsIgnoreCase("material")
                        && normalize(cells[1].strip()).equals(normalize(id))) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            // the file was readable a moment ago; without it the problem is reported against line 0
            return 0;
        }
        return 0;
    }

    /**
     * The names (ids and aliases) closest to a misspelt one, by edit distance ignoring case.
     *
     * @param name the name (not null)
     * @param max how many names at most (&ge; 0)
     * @return closest first
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public List<String> closestNames(String name, int max) {
        Checks.nonNull(name, "name");
        Checks.atLeast(max, 0, "max");
        String k = normalize(name);
        List<String> names = new ArrayList<>();
        for (Material m : byId.values()) {
            names.addAll(keysOf(m));
            if (!m.formula().isEmpty() && !names.contains(m.formula())) {
                names.add(m.formula());
            }
        }
        return names.stream().distinct()
                .sorted(Comparator.comparingInt((String n) -> distance(k, normalize(n))).thenComparing(n -> n))
                .limit(max).toList();
    }

    static String normalize(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return s.replace('–', '-').replace('—', '-').replace('−', '-').replace('‒', '-').replace('·', '-')
                .replace('_', '-');
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int d = prev[b.length()];
        // a prefix match ("llz" for "llzo-al") is a good suggestion even when the lengths differ
        return b.startsWith(a) || a.startsWith(b) ? Math.min(d, 1 + Math.abs(a.length() - b.length()) / 4) : d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaterialCatalog c && c.byId.equals(byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "MaterialCatalog[" + size() + " materials: " + String.join(", ", byId.keySet()) + "]";
    }
}

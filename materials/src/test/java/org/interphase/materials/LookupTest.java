package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LookupTest {

    @Test
    void findsByIdAliasAndFormulaIgnoringCase() {
        assertThat(Materials.get("llzo")).isSameAs(Materials.LLZO);
        assertThat(Materials.get("lco")).isSameAs(Materials.LICOO2);
        assertThat(Materials.get("LICOO2")).isSameAs(Materials.LICOO2);
        assertThat(Materials.get("li6ps5cl")).isSameAs(Materials.LI6PS5CL);
        assertThat(Materials.get("Li7La3Zr2O12")).isSameAs(Materials.LLZO);
        assertThat(Materials.get("ncm811")).isSameAs(Materials.NMC811);
        assertThat(Materials.get("70Li2S–30P2S5")).isSameAs(Materials.LPS70);   // en dash
        assertThat(Materials.get("70li2s-30p2s5")).isSameAs(Materials.LPS70);
        assertThat(Materials.get("Li metal")).isSameAs(Materials.LI_METAL);
    }

    @Test
    void unknownNameListsTheClosestNames() {
        assertThatThrownBy(() -> Materials.get("LLZ0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no material 'LLZ0' in the catalog; closest names: ")
                .hasMessageContaining("LLZO");
        assertThatThrownBy(() -> Materials.get("LiCoO3")).hasMessageContaining("LiCoO2");
        assertThatThrownBy(() -> Materials.get("argyrodyte")).hasMessageContaining("argyrodite");
    }

    @Test
    void filtersByRoleAndFamily() {
        assertThat(Materials.withRole(Role.CATHODE)).contains(Materials.LICOO2, Materials.NMC811, Materials.LIFEPO4)
                .doesNotContain(Materials.LLZO).allMatch(m -> m.hasRole(Role.CATHODE));
        assertThat(Materials.withRole(Role.COATING)).contains(Materials.LINBO3, Materials.AL2O3, Materials.NB);
        assertThat(Materials.withFamily(Family.SULFIDE)).contains(Materials.LI6PS5CL, Materials.LGPS, Materials.LI3PS4)
                .allMatch(m -> m.family() == Family.SULFIDE);
        for (Role r : Role.values()) {
            assertThat(Materials.withRole(r)).as("role %s", r).isNotEmpty();
        }
    }

    @Test
    void theIssuesListIsInTheCatalog() {
        // issue 3, "Built-in catalog": every named material resolves
        String[] names = {"LiCoO2", "NMC111", "NMC811", "NCA", "LiMn1.5Ni0.5O4", "LiFePO4", "Li-Al-Co-O",
            "Li metal", "Li-In", "Li-Al", "graphite", "Si",
            "Al-LLZO", "Ta-LLZO", "Nb-LLZO", "Li6.75La3Zr1.75Nb0.25O12", "Li7La2.75Ca0.25Zr1.75Nb0.25O12",
            "Li5.4La3Zr1.4Ta0.6O12", "LATP", "LAGP", "LLTO", "LiPON", "β-Li3PS4", "70Li2S-30P2S5", "78Li2S-22P2S5",
            "Li10GeP2S12", "Li3.25Ge0.25P0.75S4", "Li6PS5Cl", "Li3InCl6", "Li3PO4-Li2S-SiS2", "PEO-LiTFSI",
            "PEO-LiClO4", "CPMEA", "succinonitrile-LiClO4",
            "LiNbO3", "LiTaO3", "Li4Ti5O12", "Li3BO3", "Li2ZrO3", "Li3PO4", "Al2O3", "Li-Al-O", "ZrO2", "Li2SiO3",
            "Nb", "Ta", "Ge", "Au", "Li2.3C0.7B0.3O3",
            "La2CoO4", "Li2CO3", "LiMnPO4", "Li-Nb-O", "Li2S", "LiF"};
        for (String n : names) {
            assertThat(Materials.catalog().contains(n)).as(n).isTrue();
        }
    }

    @Test
    void aCatalogRejectsDuplicateNames() {
        Material a = Material.builder("A").family(Family.OXIDE).aliases("x").build();
        Material b = Material.builder("B").family(Family.OXIDE).aliases("X").build();
        assertThatThrownBy(() -> MaterialCatalog.of(a, b)).hasMessageContaining("'X' of material B is already used by"
                + " material A");
        Material a2 = Material.builder("a").family(Family.OXIDE).build();
        assertThatThrownBy(() -> MaterialCatalog.of(a, a2)).hasMessageContaining("already used");
    }

    @Test
    void sharedFormulaNeedsAnId() {
        Material a = Material.builder("A").formula("LiNi0.8Mn0.1Co0.1O2").family(Family.OXIDE).build();
        MaterialCatalog c = Materials.catalog().with(a);
        assertThatThrownBy(() -> c.get("LiNi0.8Mn0.1Co0.1O2")).hasMessageContaining("formula of several materials");
        assertThat(c.get("NCM811")).isSameAs(Materials.NMC811);
        assertThat(Materials.get("LiNi0.8Mn0.1Co0.1O2")).isSameAs(Materials.NMC811);
        assertThat(c.get("a")).isSameAs(a);
    }
}

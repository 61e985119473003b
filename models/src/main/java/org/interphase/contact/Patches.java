package org.interphase.contact;

import java.util.Arrays;

/** Connected contact patches by flood fill (package-private). */
final class Patches {

    private Patches() {}

    /**
     * @return sizes (cell counts) of the 4-connected components of {@code map}, largest first
     */
    static int[] sizes(boolean[] map, int nx, int ny, boolean periodic) {
        int n = map.length;
        int[] label = new int[n];
        int[] stack = new int[n];
        int[] sizes = new int[16];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (!map[s] || label[s] != 0) {
                continue;
            }
            count++;
            int top = 0;
            stack[top++] = s;
            label[s] = count;
            int size = 0;
            while (top > 0) {
                int c = stack[--top];
                size++;
                int i = c / ny;
                int j = c % ny;
                for (int k = 0; k < 4; k++) {
                    int a = i + (k == 0 ? 1 : k == 1 ? -1 : 0);
                    int b = j + (k == 2 ? 1 : k == 3 ? -1 : 0);
                    if (periodic) {
                        a = Math.floorMod(a, nx);
                        b = Math.floorMod(b, ny);
                    } else if (a < 0 || b < 0 || a >= nx || b >= ny) {
                        continue;
                    }
                    int m = a * ny + b;
                    if (map[m] && label[m] == 0) {
                        label[m] = count;
                        stack[top++] = m;
                    }
                }
            }
            if (count > sizes.length) {
                sizes = Arrays.copyOf(sizes, 2 * sizes.length);
            }
            sizes[count - 1] = size;
        }
        int[] out = Arrays.copyOf(sizes, count);
        Arrays.sort(out);
        for (int i = 0; i < count / 2; i++) {
            int tmp = out[i];
            out[i] = out[count - 1 - i];
            out[count - 1 - i] = tmp;
        }
        return out;
    }
}

package org.techbench.ui.maintenance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** A pad the customer signs on with the mouse or a pen; the signature comes out as PNG bytes. */
final class SignaturePad extends Canvas {

    private boolean signed;

    SignaturePad(double width, double height) {
        super(width, height);
        getStyleClass().add("signature-pad");
        clear();
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            GraphicsContext g = getGraphicsContext2D();
            g.beginPath();
            g.moveTo(e.getX(), e.getY());
            g.stroke();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            GraphicsContext g = getGraphicsContext2D();
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            signed = true;
        });
    }

    void clear() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.rgb(20, 30, 60));
        g.setLineWidth(2.2);
        signed = false;
    }

    /** The signature as PNG, or no bytes when nothing was drawn. */
    byte[] png() {
        if (!signed) {
            return new byte[0];
        }
        var image = SwingFXUtils.fromFXImage(snapshot(null, null), null);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
